"""Sync: one journal on several computers, through a folder the person's own sync tool
copies (docs/sync-format.md).

``clock`` is the hybrid logical clock every change carries; ``changes`` finds what this
device changed since it last published; ``merge`` applies everyone's changes so that
every device with the same changes reaches the same journal. The folder and its
sealed files are ``folder`` and ``crypto``. No Qt here: the app runs these off the GUI
thread and tells the screens what changed.
"""
