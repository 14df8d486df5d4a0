import torch


def bits(t):
    return [format(v & 0xFF, "08b") for v in t.tolist()]


a = torch.tensor([12, 10, -1], dtype=torch.int8)
b = torch.tensor([10, 6, 5], dtype=torch.int8)
print("a  ", bits(a), a.tolist())
#> a   ['00001100', '00001010', '11111111'] [12, 10, -1]
print("b  ", bits(b), b.tolist())
#> b   ['00001010', '00000110', '00000101'] [10, 6, 5]
for name, fn, op in [("and", torch.bitwise_and, int.__and__), ("or", torch.bitwise_or, int.__or__), ("xor", torch.bitwise_xor, int.__xor__)]:
    r = fn(a, b)
    print(f"{name:3}", bits(r), r.tolist(), [op(x, y) for x, y in zip(a.tolist(), b.tolist())])
    #> and ['00001000', '00000010', '00000101'] [8, 2, 5] [8, 2, 5]
    #> or  ['00001110', '00001110', '11111111'] [14, 14, -1] [14, 14, -1]
    #> xor ['00000110', '00001100', '11111010'] [6, 12, -6] [6, 12, -6]
print(torch.equal(a & b, torch.bitwise_and(a, b)), torch.equal(a | b, torch.bitwise_or(a, b)), torch.equal(a ^ b, torch.bitwise_xor(a, b)))
#> True True True
print(torch.bitwise_xor(torch.tensor([True, True]), torch.tensor([True, False])))
#> tensor([False,  True])
print(torch.bitwise_and(torch.tensor([7], dtype=torch.uint8), 3), torch.bitwise_or(torch.tensor([True]), torch.tensor([2])))
#> tensor([3], dtype=torch.uint8) tensor([3])
try:
    torch.bitwise_and(torch.tensor([1.0]), torch.tensor([1.0]))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> NotImplementedError "bitwise_and_cpu" not implemented for 'Float'
