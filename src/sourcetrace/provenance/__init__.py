"""Provenance: where a story comes from. `credits` finds the agencies it is credited to; `copies` finds
near-duplicate and syndicated copies across outlets."""
