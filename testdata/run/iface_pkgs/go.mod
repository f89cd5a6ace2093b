module example.com/ifacepkgs

go 1.19
