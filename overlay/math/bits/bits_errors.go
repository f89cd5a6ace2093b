// gojc overlay: replaces GOROOT's bits_errors.go, which links these variables to gc's runtime
// error values by //go:linkname. Here they are the Java runtime's errors of the same texts, so
// bits.Div panics as gc's does ("runtime error: integer divide by zero").

package bits

var overflowError error = runtimeError("integer overflow")

var divideError error = runtimeError("integer divide by zero")

// runtimeError is a runtime.Error whose Error() is "runtime error: " + msg.
func runtimeError(msg string) error
