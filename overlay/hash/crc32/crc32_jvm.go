// gojc overlay: replaces crc32_amd64.go (dropped in OVERLAY), whose updates are SSE4.2 and
// carry-less-multiply assembly. On the JVM no architecture-specific update exists, so crc32
// takes its slicing-by-8 tables in Go, as on the architectures without assembly.

package crc32

func archAvailableIEEE() bool                    { return false }
func archInitIEEE()                              { panic("not available") }
func archUpdateIEEE(crc uint32, p []byte) uint32 { panic("not available") }

func archAvailableCastagnoli() bool                    { return false }
func archInitCastagnoli()                              { panic("not available") }
func archUpdateCastagnoli(crc uint32, p []byte) uint32 { panic("not available") }
