from .. import LABEL, util
from . import PI
from .. import inner
def where():
    return (__name__, __package__, LABEL, util.helper(1), PI, inner.__name__)
