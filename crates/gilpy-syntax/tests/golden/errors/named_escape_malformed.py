x = 'a\N'
