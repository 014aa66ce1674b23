public import NIOCore
public import NotifyWireCore

extension LengthDelimitedNotificationDecoder: NIOSingleStepByteToMessageDecoder {
    /// The decoder produces notifications.
    public typealias InboundOut = NotificationMessage
}
