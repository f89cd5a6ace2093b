package main

func main() {
	var a int64 = -12345678901
	var b uint64 = 0xfedcba9876543210
	var c int32 = -123456
	var d uint32 = 0xdeadbeef
	var e int8 = -100
	var f uint8 = 200
	var g int16 = -30000
	var h uint16 = 60000
	println(a<<3, a>>3, a<<63, a>>63, a<<64, a>>64, a>>70)
	println(b<<3, b>>3, b<<63, b>>63, b<<64, b>>64)
	println(c<<3, c>>3, c<<31, c>>31, c<<32, c>>32, c>>40)
	println(d<<3, d>>3, d<<31, d>>31, d<<32, d>>32)
	println(e<<3, e>>3, e<<7, e>>7, e<<8, e>>8, e<<20, e>>20)
	println(f<<3, f>>3, f<<7, f>>7, f<<8, f>>8)
	println(g<<3, g>>3, g<<15, g>>15, g<<16, g>>16)
	println(h<<3, h>>3, h<<15, h>>15, h<<16, h>>16)
	x := 1
	for i := 0; i < 5; i++ {
		x = x<<2 | x>>1
	}
	println(x)
}
