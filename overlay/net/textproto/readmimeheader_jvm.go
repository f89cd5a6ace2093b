// gojc overlay: mime/multipart reaches readMIMEHeader (unexported) by go:linkname, which gojc
// binds to Java natives only; ReadMIMEHeaderJVM exports it for gojc's mime/multipart overlay.

package textproto

// ReadMIMEHeaderJVM is readMIMEHeader with its limits, for mime/multipart only.
func ReadMIMEHeaderJVM(r *Reader, maxMemory, maxHeaders int64) (MIMEHeader, error) {
	return readMIMEHeader(r, maxMemory, maxHeaders)
}
