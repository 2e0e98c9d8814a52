import logging
import sys

logger = logging.getLogger("inventory")
logger.setLevel(logging.DEBUG)
console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
logger.addHandler(console)

brace = logging.StreamHandler(sys.stdout)
brace.setLevel(logging.ERROR)
brace.setFormatter(logging.Formatter("{levelname:>8} | {message}", style="{"))
logger.addHandler(brace)

logger.debug("not shown: below handler level")
logger.info("loaded %d items", 42)
logger.warning("low stock: %s", "widgets")
logger.error("out of stock: %(item)s", {"item": "gadgets"})

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

odd = logging.getLogger("inventory.odd")
odd.addFilter(OnlyOdd())
for i in range(4):
    odd.info("item %d", i)

try:
    {}["missing"]
except KeyError as e:
    logger.error("lookup failed: %r", e)

adapter = logging.LoggerAdapter(logger, {"user": "ann"})
console.setFormatter(logging.Formatter("%(user)s did: %(message)s"))
adapter.info("checkout")
logger.removeHandler(brace)
logger.propagate = False
print(len(logger.handlers), logger.hasHandlers(), logging.getLevelName(logging.WARNING))
logging.warning("root warning goes to stderr")
