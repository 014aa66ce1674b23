
n-large-0001��������"
user-large*"
systemSystème de surveillance25Rapport hebdomadaire: 12 incidents, 3 “critiques”:�Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
Grüße aus Zürich — «quoted» and "double-quoted" text, a path C:\Users\ana\report.txt, 日本語のテキスト、emoji 🚀✨ and a tab	between words.
B
reportweekly-2026-48HPZ&
key0value 0 — ünïcödé "q" \ Z'
key1value 1 — ünïcödé "q" \ xZ2
key10)value 10 — ünïcödé "q" \ xxxxxxxxxxZ3
key11*value 11 — ünïcödé "q" \ xxxxxxxxxxxZ4
key12+value 12 — ünïcödé "q" \ xxxxxxxxxxxxZ5
key13,value 13 — ünïcödé "q" \ xxxxxxxxxxxxxZ6
key14-value 14 — ünïcödé "q" \ xxxxxxxxxxxxxxZ7
key15.value 15 — ünïcödé "q" \ xxxxxxxxxxxxxxxZ8
key16/value 16 — ünïcödé "q" \ xxxxxxxxxxxxxxxxZ9
key170value 17 — ünïcödé "q" \ xxxxxxxxxxxxxxxxxZ:
key181value 18 — ünïcödé "q" \ xxxxxxxxxxxxxxxxxxZ;
key192value 19 — ünïcödé "q" \ xxxxxxxxxxxxxxxxxxxZ(
key2 value 2 — ünïcödé "q" \ xxZ)
key3!value 3 — ünïcödé "q" \ xxxZ*
key4"value 4 — ünïcödé "q" \ xxxxZ+
key5#value 5 — ünïcödé "q" \ xxxxxZ,
key6$value 6 — ünïcödé "q" \ xxxxxxZ-
key7%value 7 — ünïcödé "q" \ xxxxxxxZ.
key8&value 8 — ünïcödé "q" \ xxxxxxxxZ/
key9'value 9 — ünïcödé "q" \ xxxxxxxxx`���������j1https://status.example.com/reports/weekly-2026-48rreportrweeklyropsr	incidentsrzürich