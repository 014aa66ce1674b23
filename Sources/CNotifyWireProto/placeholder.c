int cnotifywireproto_placeholder(void) { return 0; }
