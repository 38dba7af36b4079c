//go:build linux

package dbtest

import "syscall"

// sysProcAttr returns the attributes for initdb and postgres: run as cred
// (when non-nil), in their own process group (so a ^C aimed at `go test`
// does not reach them before Stop does), and killed when the test process
// dies, so a crashed test run cannot leak servers.
//
// Go applies Pdeathsig after switching credentials (a credential change
// clears the parent-death signal), so the two combine safely.
func sysProcAttr(cred *credential) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{
		Credential: cred,
		Setpgid:    true,
		Pdeathsig:  syscall.SIGKILL,
	}
}

// freeBytes returns the space available to unprivileged users in the file
// system holding dir, or 0 if unknown.
func freeBytes(dir string) uint64 {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0
	}
	return uint64(st.Bavail) * uint64(st.Bsize)
}
