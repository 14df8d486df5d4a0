import importlib

examples = [
    ("torch", "tensor"),
    ("torch.autograd", "grad"),
    ("torch.nn", "Linear"),
    ("torch.optim", "SGD"),
    ("torch.utils.data", "DataLoader"),
    ("torch.multiprocessing", "Process"),
    ("torch.onnx", "export"),
    ("torch.export", "export"),
    ("torch.linalg", "solve"),
]
for module_name, attribute in examples:
    module = importlib.import_module(module_name)
    obj = getattr(module, attribute)
    kind = "class" if isinstance(obj, type) else "function"
    print(f"{module_name:<22} {attribute:<11} {kind}")
    #> torch                  tensor      function
    #> torch.autograd         grad        function
    #> torch.nn               Linear      class
    #> torch.optim            SGD         class
    #> torch.utils.data       DataLoader  class
    #> torch.multiprocessing  Process     class
    #> torch.onnx             export      function
    #> torch.export           export      function
    #> torch.linalg           solve       function
