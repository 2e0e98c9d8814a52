def run():
    return "tool ran"
