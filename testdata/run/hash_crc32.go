package main

import (
	"hash/crc32"
	"hash/adler32"
	"hash/fnv"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	println(crc32.ChecksumIEEE(data))
	println(crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	println(crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	big := make([]byte, 10000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	println(crc32.ChecksumIEEE(big), crc32.Checksum(big, crc32.MakeTable(crc32.Castagnoli)))
	h := crc32.NewIEEE()
	h.Write(data[:10])
	h.Write(data[10:])
	println(h.Sum32())
	println(adler32.Checksum(big))
	f := fnv.New64a()
	f.Write(data)
	println(f.Sum64())
}
