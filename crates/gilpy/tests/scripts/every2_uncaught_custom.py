class ConfigError(Exception):
    pass

def load(path):
    if not path.endswith(".ini"):
        raise ConfigError(f"unsupported config file: {path!r}")
    return {}

print("loading...")
settings = load("settings.ini")
print("first ok:", settings)
load("settings.yaml")
print("never printed")
