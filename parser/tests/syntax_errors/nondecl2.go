package main

fmt.Println("x")
