-- `False` made a keyword that means `True`: the theorem shown is not the one proved.
notation "False" => True
theorem t : False := trivial
