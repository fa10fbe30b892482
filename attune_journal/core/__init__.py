"""Pure-Python core: models, vocabularies, prompts and stats. Never imports Qt."""
