// gojc overlay: the JVM has no writev, sendfile or splice (the files of std that make them are
// dropped, see OVERLAY). Writev writes the buffers one after the other; SendFile and Splice
// decline, so net copies through a buffer as it does where the kernel lacks them.

package poll

import (
	"io"
	"syscall"
)

// Writev writes the buffers of *v in order, consuming what was written, under the write lock.
func (fd *FD) Writev(v *[][]byte) (int64, error) {
	if err := fd.writeLock(); err != nil {
		return 0, err
	}
	defer fd.writeUnlock()
	if err := fd.pd.prepareWrite(fd.isFile); err != nil {
		return 0, err
	}
	var total int64
	for len(*v) > 0 {
		b := (*v)[0]
		if len(b) == 0 {
			*v = (*v)[1:]
			continue
		}
		if len(b) > maxRW {
			b = b[:maxRW]
		}
		n, err := ignoringEINTRIO(syscall.Write, fd.Sysfd, b)
		if n > 0 {
			total += int64(n)
			consume(v, int64(n))
		}
		if err == syscall.EAGAIN && fd.pd.pollable() {
			if err = fd.pd.waitWrite(fd.isFile); err == nil {
				continue
			}
		}
		if err != nil {
			return total, err
		}
		if n == 0 {
			return total, io.ErrUnexpectedEOF
		}
	}
	return total, nil
}

// SendFile fails with ENOSYS having written nothing: net's sendFile reports it unhandled.
func SendFile(dstFD *FD, src int, remain int64) (int64, error) {
	return 0, syscall.ENOSYS
}

// Splice reports itself unhandled: net copies through a buffer instead.
func Splice(dst, src *FD, remain int64) (written int64, handled bool, sc string, err error) {
	return 0, false, "", nil
}
