//go:build !unix

package dbtest

import (
	"errors"
	"os"
	"syscall"
)

// credential is unused off Unix: there is no root to step down from.
type credential struct{}

func runAsCredential() (*credential, error) { return nil, nil }

func chownTo(string, *credential) error {
	return errors.New("dbtest: chown not supported on this platform")
}

func sysProcAttr(*credential) *syscall.SysProcAttr { return nil }

func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}

// sigint: Windows cannot deliver SIGINT to another process; killing the
// postmaster is the best available.
var sigint = os.Kill

func freeBytes(string) uint64 { return 0 }
