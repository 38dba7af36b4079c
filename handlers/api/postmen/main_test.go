package postmen_test

import (
	"testing"

	"github.com/waypost/waypost/web/app/apptest"
)

func TestMain(m *testing.M) { apptest.Main(m) }
