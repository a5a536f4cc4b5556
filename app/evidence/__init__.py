"""Evidence files: streamed into per-file encrypted blobs, read back byte-identical."""
