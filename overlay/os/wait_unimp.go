// gojc overlay: replaces GOROOT's wait_unimp.go (other systems) and stands in for
// wait_waitid.go, whose waitid call takes a pointer as a uintptr. Process.Wait reaps the
// child directly, as on systems without waitid.

package os

// blockUntilWaitable reports false: the caller waits with wait4 right away.
func (p *Process) blockUntilWaitable() (bool, error) {
	return false, nil
}
