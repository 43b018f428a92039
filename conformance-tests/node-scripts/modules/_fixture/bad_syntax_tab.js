let a = 1;
	foo bar baz;
