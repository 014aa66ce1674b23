// The umbrella module: `import NotifyWire` brings the model, the Codec protocol, every codec and the framing layer.
@_exported public import NotifyWireCore
@_exported public import NotifyWireFraming
@_exported public import NotifyWireJSON
@_exported public import NotifyWireMessagePack
@_exported public import NotifyWireProtobuf
