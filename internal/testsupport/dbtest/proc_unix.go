//go:build unix && !linux

package dbtest

import "syscall"

// sysProcAttr returns the attributes for initdb and postgres. Without
// Linux's parent-death signal, a server outlives a crashed test process; its
// directory is removed by the next run (see removeStaleDirs), the process is
// not.
func sysProcAttr(cred *credential) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Credential: cred, Setpgid: true}
}

// freeBytes is not implemented here, which disables the /dev/shm preference.
func freeBytes(string) uint64 { return 0 }
