package main

import (
	"context"
	"math/rand/v2"
	"net"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// ceilingScenario is a bare gin engine with one handler returning fixed JSON,
// on its own loopback port: the most this machine serves through gin with this
// load generator. Every other figure is read as a fraction of it.
var ceilingScenario = Scenario{
	Name:  "ceiling",
	About: "GET a bare gin.New() handler returning fixed JSON: no middleware, no database",
	Setup: setupCeiling,
}

type ceilingBody struct {
	Meta struct {
		Code int `json:"code"`
	} `json:"meta"`
	Data struct {
		Status string `json:"status"`
	} `json:"data"`
}

func setupCeiling(_ context.Context, env *Env) (Op, error) {
	var body ceilingBody
	body.Meta.Code, body.Data.Status = http.StatusOK, "ok"
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/ceiling", func(c *gin.Context) { c.JSON(http.StatusOK, body) })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	env.Defer(func() { srv.Close() })
	return getOp(env.Client, "http://"+ln.Addr().String(), nil, func(*rand.Rand) string { return "/ceiling" }), nil
}
