// Package oserror defines errors values used in the os package and by syscall.Errno's Is
// method (as Go's src/internal/oserror, BSD licence, The Go Authors).
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
