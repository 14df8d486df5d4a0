import torch
from torchvision.transforms import v2

print([m.name for m in v2.InterpolationMode])
#> ['NEAREST', 'NEAREST_EXACT', 'BILINEAR', 'BICUBIC', 'BOX', 'HAMMING', 'LANCZOS']
print([m.value for m in v2.InterpolationMode])
#> ['nearest', 'nearest-exact', 'bilinear', 'bicubic', 'box', 'hamming', 'lanczos']
print(v2.InterpolationMode("bilinear") is v2.InterpolationMode.BILINEAR, v2.InterpolationMode.BILINEAR == "bilinear")
#> True False
try:
    v2.InterpolationMode("BILINEAR")
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: 'BILINEAR' is not a valid InterpolationMode

patch = torch.tensor([[[0.0, 100.0], [200.0, 40.0]]])
outs = {}
for mode in (v2.InterpolationMode.NEAREST, v2.InterpolationMode.BILINEAR):
    outs[mode] = v2.Resize((4, 4), interpolation=mode)(patch)
    print(f"{mode.value}: rows 0-1 of 4x4", outs[mode][0, :2].tolist())
    #> nearest: rows 0-1 of 4x4 [[0.0, 0.0, 100.0, 100.0], [0.0, 0.0, 100.0, 100.0]]
    #> bilinear: rows 0-1 of 4x4 [[0.0, 25.0, 75.0, 100.0], [50.0, 58.75, 76.25, 85.0]]
print("same pixels:", torch.equal(*outs.values()), "| 0.75 * 0 + 0.25 * 100 =", 0.75 * 0 + 0.25 * 100)
#> same pixels: False | 0.75 * 0 + 0.25 * 100 = 25.0
print("string 'bilinear' == enum:", torch.equal(v2.Resize((4, 4), interpolation="bilinear")(patch), outs[v2.InterpolationMode.BILINEAR]))
#> string 'bilinear' == enum: True
try:
    v2.Resize((4, 4), interpolation=v2.InterpolationMode.HAMMING)(patch)
except NotImplementedError:
    print("HAMMING, tensor: NotImplementedError")
    #> HAMMING, tensor: NotImplementedError
pil = v2.functional.to_pil_image(patch.to(torch.uint8))
print("HAMMING, PIL image:", v2.Resize((4, 4), interpolation=v2.InterpolationMode.HAMMING)(pil).size)
#> HAMMING, PIL image: (4, 4)
