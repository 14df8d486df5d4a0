import torch

torch.manual_seed(0)
x1 = torch.randn(30, 3) + 1000
x2 = x1 + torch.tensor([0.01, 0., 0.])
for mode in ["use_mm_for_euclid_dist_if_necessary", "use_mm_for_euclid_dist", "donot_use_mm_for_euclid_dist"]:
    d = torch.cdist(x1, x2, compute_mode=mode).diagonal()
    print(mode, torch.allclose(d, torch.full((30,), 0.01), atol=1e-4))
    #> use_mm_for_euclid_dist_if_necessary False
    #> use_mm_for_euclid_dist False
    #> donot_use_mm_for_euclid_dist True
print(torch.allclose(torch.cdist(x1[:25], x2[:25]).diagonal(), torch.full((25,), 0.01), atol=1e-4))
#> True
