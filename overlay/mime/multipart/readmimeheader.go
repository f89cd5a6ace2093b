// gojc overlay: GOROOT's file declares readMIMEHeader body-less with a go:linkname to
// net/textproto, which gojc binds to Java natives only; this calls textproto's export instead.

package multipart

import "net/textproto"

func readMIMEHeader(r *textproto.Reader, maxMemory, maxHeaders int64) (textproto.MIMEHeader, error) {
	return textproto.ReadMIMEHeaderJVM(r, maxMemory, maxHeaders)
}
