import torch
from matplotlib import cbook
from PIL import Image
from torch.utils.flop_counter import FlopCounterMode
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import draw_bounding_boxes, draw_keypoints, draw_segmentation_masks, make_grid


def draw(sample):
    out = draw_segmentation_masks(sample["image"], sample["mask"].bool(), alpha=0.3, colors="yellow")
    out = draw_bounding_boxes(out, sample["boxes"], colors="red", width=2)
    return draw_keypoints(out, sample["keypoints"][None], colors="cyan", radius=3)


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
rows, cols = torch.meshgrid(torch.arange(150), torch.arange(128), indexing="ij")
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "mask": tv_tensors.Mask((((cols - 66) / 20) ** 2 + ((rows - 57) / 26) ** 2 <= 1).to(torch.uint8)),
    "keypoints": tv_tensors.KeyPoints([[58, 52], [76, 52], [67, 70]], canvas_size=(150, 128)),
}
# %%
for alpha, sigma in [(50.0, 5.0), (250.0, 5.0), (250.0, 10.0)]:
    torch.manual_seed(0)
    field = v2.ElasticTransform(alpha=alpha, sigma=sigma).make_params([image])["displacement"][0]
    shift = (field * torch.tensor([128 / 2, 150 / 2])).norm(dim=-1)
    print(f"alpha {alpha:3.0f}, sigma {sigma:4.1f}: pixels move {shift.mean():4.1f} px on average, {shift.max():4.1f} px at most")
    #> alpha  50, sigma  5.0: pixels move  1.1 px on average,  3.2 px at most
    #> alpha 250, sigma  5.0: pixels move  5.6 px on average, 15.8 px at most
    #> alpha 250, sigma 10.0: pixels move  3.1 px on average,  6.6 px at most

elastic = v2.ElasticTransform(alpha=250.0)
shown = [draw(sample)]
for seed in range(3):
    torch.manual_seed(seed)
    out = elastic(sample)
    print(f"seed {seed}: face box {out['boxes'][0].tolist()}, keypoints {out['keypoints'].tolist()}")
    #> seed 0: face box [46, 25, 91, 80], keypoints [[61, 48], [72, 53], [65, 62]]
    #> seed 1: face box [42, 17, 87, 83], keypoints [[52, 44], [77, 49], [72, 74]]
    #> seed 2: face box [40, 29, 93, 88], keypoints [[53, 55], [85, 43], [65, 70]]
    shown.append(draw(out))

torch.manual_seed(2)
dx, dy = (elastic.make_params([image])["displacement"][0, 52, 58] * torch.tensor([128 / 2, 150 / 2])).tolist()
print(f"keypoint (58, 52) - shift ({dx:.1f}, {dy:.1f}) = ({58 - dx:.1f}, {52 - dy:.1f}) -> {out['keypoints'][0].tolist()}")
#> keypoint (58, 52) - shift (4.7, -3.2) = (53.3, 55.2) -> [53, 55]

costs = {"ElasticTransform()": v2.ElasticTransform(), "ElasticTransform(sigma=10.0)": v2.ElasticTransform(sigma=10.0),
         "RandomAffine(degrees=15)": v2.RandomAffine(degrees=15)}
for name, transform in costs.items():
    with FlopCounterMode(display=False) as counter:
        transform(image)
    print(f"{name}: {counter.get_total_flops() / 1e6:.1f} MFLOP")
    #> ElasticTransform(): 129.1 MFLOP
    #> ElasticTransform(sigma=10.0): 503.9 MFLOP
    #> RandomAffine(degrees=15): 0.2 MFLOP
print(f"2 fields x 150*128 pixels x 41*41 kernel x 2 = {2 * 150 * 128 * 41 * 41 * 2 / 1e6:.1f} MFLOP")
#> 2 fields x 150*128 pixels x 41*41 kernel x 2 = 129.1 MFLOP

save_row(shown, "elastic_transform.jpg")
#> <image elastic_transform.jpg 532x158>
