import warnings

import torch

data = bytes([97, 98, 99, 100])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = torch.frombuffer(data, dtype=torch.uint8)
for w in caught:
    print(w.category.__name__, str(w.message)[:32])
    #> UserWarning The given buffer is not writable
t[0] = ord("z")
print(data)
#> b'zbcd'
print(torch.frombuffer(bytearray(data), dtype=torch.uint8).tolist())
#> [122, 98, 99, 100]
