// The umbrella module: `import NotifyWire` brings the model, the Codec protocol and every codec.
@_exported public import NotifyWireCore
@_exported public import NotifyWireJSON
@_exported public import NotifyWireMessagePack
@_exported public import NotifyWireProtobuf
@_exported public import NotifyWireFraming
