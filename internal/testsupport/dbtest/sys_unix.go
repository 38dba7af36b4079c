//go:build unix

package dbtest

import (
	"fmt"
	"os"
	"os/user"
	"strconv"
	"syscall"
)

type credential = syscall.Credential

// runAsCredential returns the credential to run PostgreSQL with: nobody's
// when running as root (postgres refuses to run as root), else nil.
func runAsCredential() (*credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup(unprivilegedUsr)
	if err != nil {
		return nil, fmt.Errorf("dbtest: running as root and cannot find user %q to run postgres as: %w", unprivilegedUsr, err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("dbtest: uid of %s: %w", unprivilegedUsr, err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("dbtest: gid of %s: %w", unprivilegedUsr, err)
	}
	return &credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}, nil
}

func chownTo(path string, cred *credential) error {
	return os.Chown(path, int(cred.Uid), int(cred.Gid))
}

func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}

// sigint asks the postmaster for a fast shutdown.
const sigint = syscall.SIGINT
