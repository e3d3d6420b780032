// Package oserror holds the error values that package os exports (ErrNotExist, ...) and
// that syscall.Errno's Is method compares against, so neither package imports the other.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
