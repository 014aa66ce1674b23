int cnotifywireproto_placeholder(void);
