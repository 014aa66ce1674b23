print("notifywire")
