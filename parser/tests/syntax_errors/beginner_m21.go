package main

func (t T) {}
