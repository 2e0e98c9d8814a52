import logging

logging.info("not shown: root level is WARNING")
logging.warning("Watch out!")
logging.error("Something failed: %s", "disk full")

log = logging.getLogger(__name__)
print(log.name, log.level, log.getEffectiveLevel(), logging.getLogger().level)
log.debug("hidden")
print("handlers on root:", len(logging.getLogger().handlers))
print(logging.getLevelName(logging.CRITICAL), logging.WARNING, logging.DEBUG)
logging.basicConfig(level=logging.DEBUG)  # no effect: root already has a handler
logging.debug("still hidden")
logging.getLogger().setLevel(logging.DEBUG)
log.critical("final message from %s", log.name)
