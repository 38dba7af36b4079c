package models

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// gormLogger routes GORM's messages to the application logger: errors at warn,
// slow statements at info, everything else at debug.
type gormLogger struct {
	log  *slog.Logger
	slow time.Duration
}

func newGormLogger(l *slog.Logger) logger.Interface {
	return &gormLogger{log: l.With("component", "db"), slow: 500 * time.Millisecond}
}

func (g *gormLogger) LogMode(logger.LogLevel) logger.Interface { return g }

func (g *gormLogger) Info(ctx context.Context, msg string, args ...any) {
	g.log.DebugContext(ctx, msg, "args", args)
}

func (g *gormLogger) Warn(ctx context.Context, msg string, args ...any) {
	g.log.WarnContext(ctx, msg, "args", args)
}

func (g *gormLogger) Error(ctx context.Context, msg string, args ...any) {
	g.log.ErrorContext(ctx, msg, "args", args)
}

func (g *gormLogger) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	elapsed := time.Since(begin)
	switch {
	case err != nil && !errors.Is(err, gorm.ErrRecordNotFound) && !errors.Is(err, context.Canceled):
		sql, rows := fc()
		g.log.WarnContext(ctx, "query failed", "err", err, "sql", sql, "rows", rows, "elapsed", elapsed)
	case elapsed > g.slow:
		sql, rows := fc()
		g.log.InfoContext(ctx, "slow query", "sql", sql, "rows", rows, "elapsed", elapsed)
	case g.log.Enabled(ctx, slog.LevelDebug):
		sql, rows := fc()
		g.log.DebugContext(ctx, "query", "sql", sql, "rows", rows, "elapsed", elapsed)
	}
}

// ParamsFilter keeps a statement's values out of the log: the statement is
// logged with its placeholders, since values are customer data (tracking
// numbers, addresses, emails).
func (g *gormLogger) ParamsFilter(_ context.Context, sql string, _ ...any) (string, []any) {
	return sql, nil
}
