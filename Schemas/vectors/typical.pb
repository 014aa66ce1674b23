
01JD3Z8Q9X4K7M2N5P6R8S0T1V»ÄÙÊÀ©Ó:"user-7f3a9c21*S
user-2b8e4d90Ana MarÃ­a Ortega/https://cdn.example.com/avatars/2b8e4d90/96.png29Ana MarÃ­a commented on â€œCheckout fails on Safari 17â€:RI can reproduce it on 17.2 too: the payment sheet closes before the token arrives.B%
issue
issue-4821project-checkoutHZ
	commentIdc-99120Z

projectKeyCHKZ9
	threadUrl,https://tracker.example.com/CHK/4821#c-99120`€€@j$https://tracker.example.com/CHK/4821rcheckoutrsafarirp2