import array

import torch

raw = bytearray(range(8))
t = torch.frombuffer(raw, dtype=torch.uint8)
print(t)
#> tensor([0, 1, 2, 3, 4, 5, 6, 7], dtype=torch.uint8)
raw[0] = 100
t[1] = 200
print(t[:2], list(raw[:2]))
#> tensor([100, 200], dtype=torch.uint8) [100, 200]

pair = torch.frombuffer(raw, dtype=torch.int16, count=2, offset=2)
print(pair, int.from_bytes(raw[2:4], "little"), int.from_bytes(raw[4:6], "little"))
#> tensor([ 770, 1284], dtype=torch.int16) 770 1284

floats = torch.frombuffer(array.array("f", [1.0, 2.0, 3.0]), dtype=torch.float32, requires_grad=True)
print(floats, floats.requires_grad)
#> tensor([1., 2., 3.], requires_grad=True) True

try:
    torch.frombuffer(bytearray(5), dtype=torch.int32)
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0][:90])
    #> ValueError buffer length (5 bytes) after offset (0 bytes) must be a multiple of element size (4)
