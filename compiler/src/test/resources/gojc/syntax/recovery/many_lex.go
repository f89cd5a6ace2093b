package p

var a = 'ab'
var b = "\q"
var c = 0x
var d = 1e
var e = 0b102
var f = 09
var g = '\400'
var h = "\xZZ"
var i = 1_000_
var j = 0o
var k = '\u12'
var l = ''
