"""Helpers of the ``framing`` layer: quotation marks, distancing cues and framing lexicons."""
