import NotifyWireCore

extension MessagePackWriter {
    /// Writes the notification's `data` as a map of str to str, keys sorted by their UTF-8 bytes.
    ///
    /// The entries are sorted by ``NotificationMessage/withSortedData(_:)`` in temporary memory, so the
    /// encoder allocates nothing. `path` is the field's path (`data`, `notifications[1].data`).
    mutating func writeData(of notification: NotificationMessage, path: @autoclosure () -> String) throws(CodecError) {
        writeMapHeader(notification.data.count)
        try notification.withSortedData { (entries) throws(CodecError) in
            for entry in entries {
                try writeString(entry.key, path: path())
                try writeString(entry.value, path: path() + "[\"" + entry.key + "\"]")
            }
        }
    }
}
