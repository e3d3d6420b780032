// Package errors: New, Unwrap, Is, As and Join. An error tree is walked depth first: a
// node is tested, then its single Unwrap() error result, or each of its Unwrap() []error
// results in order. What Go does with reflection (is the target comparable, may err be
// stored in *target) is asked of natives in stdlib/src/pkgs/errors.rs.
package errors

// New returns an error that formats as the given text; each call gives a distinct value.
func New(text string) error {
	return &errorString{msg: text}
}

// errorString is New's error (the name is visible through %T, as in Go): a pointer, so that two errors with one text differ.
type errorString struct {
	msg string
}

func (e *errorString) Error() string {
	return e.msg
}

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// single and multi are the two shapes of a wrapping error.
type single interface{ Unwrap() error }
type multi interface{ Unwrap() []error }

// Unwrap returns the result of err's Unwrap() error method, or nil when it has none (an
// Unwrap() []error method does not count).
func Unwrap(err error) error {
	if w, ok := err.(single); ok {
		return w.Unwrap()
	}
	return nil
}

// walk calls visit on err and then on its wrapped errors, depth first, until visit says
// stop; it reports whether some visit did.
func walk(err error, visit func(error) bool) bool {
	for err != nil {
		if visit(err) {
			return true
		}
		switch w := err.(type) {
		case single:
			err = w.Unwrap()
		case multi:
			for _, inner := range w.Unwrap() {
				if walk(inner, visit) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// comparable reports whether values of x's dynamic type can be compared with ==.
func comparable(x any) bool

// Is reports whether any error in err's tree equals target or has an Is(error) bool
// method that reports true for it.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	canCompare := comparable(target)
	return walk(err, func(e error) bool {
		if canCompare && e == target {
			return true
		}
		m, ok := e.(interface{ Is(error) bool })
		return ok && m.Is(target)
	})
}

// asTargetProblem returns Go's panic message for an invalid As target, or "".
func asTargetProblem(target any) string

// assignTo stores err in *target and reports true if err's dynamic type is
// assignable to target's element type.
func assignTo(err error, target any) bool

// As finds the first error in err's tree that can be stored in *target (or whose
// As(any) bool method accepts target), stores it and reports true. It panics if target
// is not a non-nil pointer to an interface or to a type implementing error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if problem := asTargetProblem(target); problem != "" {
		panic(problem)
	}
	return walk(err, func(e error) bool {
		if assignTo(e, target) {
			return true
		}
		m, ok := e.(interface{ As(any) bool })
		return ok && m.As(target)
	})
}

// Join wraps the non-nil errs in one error whose message is theirs, one per line; it
// returns nil if there are none.
func Join(errs ...error) error {
	var kept []error
	for _, err := range errs {
		if err != nil {
			kept = append(kept, err)
		}
	}
	if kept == nil {
		return nil
	}
	return &joined{errs: kept}
}

// joined is Join's error.
type joined struct {
	errs []error
}

func (j *joined) Error() string {
	msg := ""
	for i, err := range j.errs {
		if i > 0 {
			msg += "\n"
		}
		msg += err.Error()
	}
	return msg
}

func (j *joined) Unwrap() []error {
	return j.errs
}
