// Placeholder until the framing layer lands.
