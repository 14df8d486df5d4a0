import torch
from torchvision import tv_tensors
from torchvision.transforms import v2

boxes = tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128))
# %%
print("formats:", [f.name for f in tv_tensors.BoundingBoxFormat])
#> formats: ['XYXY', 'XYWH', 'CXCYWH', 'XYWHR', 'CXCYWHR', 'XYXYXYXY']
exact = tv_tensors.wrap(boxes.float(), like=boxes)
print("boxes.float():", type(boxes.float()).__name__, "| wrapped:", type(exact).__name__, exact.format.name, exact.dtype)
#> boxes.float(): Tensor | wrapped: BoundingBoxes XYXY torch.float32
x1, y1, x2, y2 = exact[0].tolist()
print("XYXY  ", exact[0].tolist())
#> XYXY   [44.0, 30.0, 89.0, 84.0]
for fmt, by_hand in (("XYWH", [x1, y1, x2 - x1, y2 - y1]), ("CXCYWH", [(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1])):
    out = v2.ConvertBoundingBoxFormat(fmt)(exact)
    print(f"{fmt:6}", out[0].tolist(), "| by hand:", out[0].tolist() == by_hand, "|", out.format.name, out.canvas_size)
    #> XYWH   [44.0, 30.0, 45.0, 54.0] | by hand: True | XYWH (150, 128)
    #> CXCYWH [66.5, 57.0, 45.0, 54.0] | by hand: True | CXCYWH (150, 128)
enum = v2.ConvertBoundingBoxFormat(tv_tensors.BoundingBoxFormat.XYWH)(exact)
print("enum format:", enum.format.name, "| plain tensor untouched:",
      torch.equal(v2.ConvertBoundingBoxFormat("XYWH")(exact.as_subclass(torch.Tensor)), exact))
#> enum format: XYWH | plain tensor untouched: True

centre = v2.ConvertBoundingBoxFormat("CXCYWH")(boxes)
print("int64 CXCYWH:", centre[0].tolist(), "->", v2.ConvertBoundingBoxFormat("XYXY")(centre)[0].tolist())
#> int64 CXCYWH: [66, 57, 45, 54] -> [43, 30, 88, 84]
